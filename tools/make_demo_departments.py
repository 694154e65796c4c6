#!/usr/bin/env python3
"""Writes data/embed/demo/departments.json: the demo province's departments (Sở) and service
centre, each competent for the fields (lĩnh vực) that its ministry's province-level procedures
use in ../shared/data/tthc/portal_records. Run from the repository root; tooling only."""
import glob
import json
import os
import sys

SHARED = os.environ.get("MOTCUA_SHARED_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
PROVINCE = "48"
# ministry folder of the portal data -> (code suffix, department name)
DEPARTMENTS = {
    "bo-tu-phap": ("STP", "Sở Tư pháp thành phố Đà Nẵng"),
    "bo-xay-dung": ("SXD", "Sở Xây dựng thành phố Đà Nẵng"),
    "bo-tai-chinh": ("STC", "Sở Tài chính thành phố Đà Nẵng"),
    "bo-nong-nghiep-mt": ("SNNMT", "Sở Nông nghiệp và Môi trường thành phố Đà Nẵng"),
    "bo-cong-an": ("CA", "Công an thành phố Đà Nẵng"),
}

def main():
    fields = {k: set() for k in DEPARTMENTS}
    for path in glob.glob(os.path.join(SHARED, "data/tthc/portal_records/*/*.json")):
        ministry = os.path.basename(os.path.dirname(path))
        if ministry not in DEPARTMENTS:
            continue
        with open(path, encoding="utf-8") as f:
            record = json.load(f)
        if "Cấp tỉnh" in record.get("cap_thuc_hien", "") and record.get("linh_vuc"):
            fields[ministry].add(record["linh_vuc"].replace("\u00a0", " ").strip())
    out = [{"code": PROVINCE + ".TTPVHCC", "name": "Trung tâm Phục vụ hành chính công thành phố Đà Nẵng",
            "kind": "centre", "parent_code": PROVINCE, "fields": []}]
    for ministry, (suffix, name) in DEPARTMENTS.items():
        out.append({"code": f"{PROVINCE}.{suffix}", "name": name, "kind": "department",
                    "parent_code": PROVINCE, "fields": sorted(fields[ministry])})
    os.makedirs("data/embed/demo", exist_ok=True)
    with open("data/embed/demo/departments.json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(out)} agencies", file=sys.stderr)

if __name__ == "__main__":
    main()
