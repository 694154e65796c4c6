#include "app/process_import.hpp"

#include <fstream>
#include <sstream>

#include "motcua/service/process_service.hpp"

namespace motcua::app {

Result<ProcessImportCounts> import_processes_text(store::Database& db, const Clock& clock,
                                                  const std::string& json_text, std::ostream& out) {
  auto doc = nlohmann::json::parse(json_text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("processes") ||
      !doc["processes"].is_array())
    return make_error(ErrorCode::invalid, "process.import_format",
                      "expected a JSON object {\"processes\": [...]}",
                      "tệp phải là đối tượng JSON {\"processes\": [...]}", "processes");
  service::ProcessService processes(db, clock);
  ProcessImportCounts counts;
  std::ostringstream rejections;
  const auto& list = doc["processes"];
  for (size_t i = 0; i < list.size(); ++i) {
    const auto& entry = list[i];
    const std::string at = "processes[" + std::to_string(i) + "]";
    // Types are checked before reading: json::value throws on a mistyped field, and one bad
    // entry must be counted as rejected, not abort the whole import.
    if (!entry.is_object()) {
      ++counts.rejected;
      rejections << "  rejected " << at << ": not a JSON object\n";
      continue;
    }
    const auto field = entry.find("procedure_code");
    if (field != entry.end() && !field->is_null() && !field->is_string()) {
      ++counts.rejected;
      rejections << "  rejected " << at << ": procedure_code: must be a string, not "
                 << field->type_name() << "\n";
      continue;
    }
    const std::string code =
        field == entry.end() || field->is_null() ? std::string{} : field->get<std::string>();
    const std::string where = at + (code.empty() ? std::string{} : " (" + code + ")");
    if (code.empty()) {
      ++counts.rejected;
      rejections << "  rejected " << where << ": procedure_code is required\n";
      continue;
    }
    // The channel comes from the entry itself (process_definition_from_json reads it).
    auto saved = processes.save(code, {}, entry, "import");
    if (!saved.ok()) {
      ++counts.rejected;
      const auto& e = saved.error();
      rejections << "  rejected " << where << ": " << (e.field.empty() ? "" : e.field + ": ")
                 << e.message << "\n";
      continue;
    }
    if (saved->created)
      ++counts.created;
    else
      ++counts.unchanged;
  }
  out << "process definitions read: " << list.size() << "\n"
      << "new versions: " << counts.created << "\n"
      << "unchanged: " << counts.unchanged << "\n"
      << "rejected: " << counts.rejected << "\n"
      << rejections.str();
  return counts;
}

int import_processes(store::Database& db, const std::string& path, std::ostream& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out << "cannot read " << path << "\n";
    return 2;
  }
  std::ostringstream text;
  text << in.rdbuf();
  SystemClock clock;
  auto counts = import_processes_text(db, clock, text.str(), out);
  if (!counts.ok()) {
    out << path << ": " << counts.error().message << "\n";
    return 2;
  }
  return counts->rejected > 0 ? 1 : 0;
}

}  // namespace motcua::app
