#!/usr/bin/env bash
# Regenerates the demo data shipped in data/embed/demo/ from the published data in
# ../shared/data, in the project's own formats:
#   procedures.json — every commune-level procedure, plus the province-level procedures of the
#                     fields a provincial one-stop centre meets daily (steps text left out to
#                     keep the binary small; source_url links to the full record);
#   units.json      — the 34 provinces and the communes of province 48 (Đà Nẵng).
# Usage: tools/make_demo_data.sh [path/to/motcua] [path/to/shared/data]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$here/build/motcua}"
data="${2:-$here/../shared/data}"
out="$here/data/embed/demo"
mkdir -p "$out"

province_fields=(
  "Đất đai" "Nhà ở và công sở" "Hoạt động xây dựng" "Kiến trúc" "Phát triển đô thị"
  "Kinh doanh bất động sản" "Thành lập và hoạt động của doanh nghiệp" "Đầu tư tại Việt nam"
  "Thuế" "Đường bộ" "Sát hạch, cấp giấy phép lái xe" "Quản lý xuất nhập cảnh"
  "Cấp, quản lý căn cước" "Phòng cháy, chữa cháy" "Công chứng" "Luật sư" "Trợ giúp pháp lý"
  "Nuôi con nuôi" "Quốc tịch" "Lý lịch tư pháp" "Đăng ký biện pháp bảo đảm" "Chính sách"
)
field_args=()
for f in "${province_fields[@]}"; do field_args+=(--field "$f"); done

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
"$bin" catalog convert "$data/tthc/portal_records" --out "$tmp" --level commune --slim
"$bin" catalog convert "$data/tthc/portal_records" --out "$tmp" --append --slim \
  --level province "${field_args[@]}" --code 1.004222 --code 1.001193
mv "$tmp" "$out/procedures.json"
chmod 644 "$out/procedures.json"
trap - EXIT

"$bin" catalog convert-units "$data/admin_units/vn_units_2025" --province 48 \
  --out "$out/units.json"
ls -l "$out/procedures.json" "$out/units.json"
