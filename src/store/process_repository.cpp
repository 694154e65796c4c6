#include "motcua/store/process_repository.hpp"

namespace motcua::store {

namespace {

constexpr const char* kProcessColumns =
    "SELECT procedure_code, channel, version, body, created_at, created_by "
    "FROM process_definitions ";

Result<StoredProcess> process_from_row(const SqlRow& r) {
  nlohmann::json j = {{"procedure_code", r.text(0)}, {"channel", r.text(1)}};
  j["steps"] = nlohmann::json::parse(r.text(3), nullptr, false);
  auto def = dossier::process_definition_from_json(j);
  // Stored versions were validated when written; one that no longer parses is a broken row.
  if (!def.ok())
    return make_error(
        ErrorCode::internal, "process.stored_invalid",
        "stored process " + r.text(0) + " v" + r.text(2) + " is unreadable: " + def.error().message,
        "quy trình đã lưu " + r.text(0) + " phiên bản " + r.text(2) +
            " không đọc được: " + def.error().message_vi);
  StoredProcess p{std::move(*def), r.text(4), r.text(5)};
  p.definition.version = int(r.integer(2));
  return p;
}

Result<std::optional<StoredProcess>> first(Result<SqlRows> rows) {
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<StoredProcess>{};
  auto p = process_from_row(rows->front());
  if (!p.ok()) return p.error();
  return std::optional<StoredProcess>{std::move(*p)};
}

}  // namespace

Result<std::optional<StoredProcess>> latest_process(SqlConnection& c,
                                                    const std::string& procedure_code,
                                                    const std::string& channel) {
  return first(c.query(std::string(kProcessColumns) +
                           "WHERE procedure_code = $1 AND channel = $2 ORDER BY version DESC "
                           "LIMIT 1",
                       {procedure_code, channel}));
}

Result<std::optional<StoredProcess>> process_in_force(SqlConnection& c,
                                                      const std::string& procedure_code,
                                                      const std::string& channel) {
  auto own = latest_process(c, procedure_code, channel);
  if (!own.ok() || own->has_value() || channel == dossier::kAnyChannel) return own;
  return latest_process(c, procedure_code, std::string(dossier::kAnyChannel));
}

Result<std::optional<StoredProcess>> find_process_version(SqlConnection& c,
                                                          const std::string& procedure_code,
                                                          int version) {
  return first(c.query(std::string(kProcessColumns) + "WHERE procedure_code = $1 AND version = $2",
                       {procedure_code, std::int64_t(version)}));
}

Result<std::vector<StoredProcess>> process_versions(SqlConnection& c,
                                                    const std::string& procedure_code, int limit,
                                                    int offset) {
  auto rows = c.query(std::string(kProcessColumns) +
                          "WHERE procedure_code = $1 ORDER BY version LIMIT $2 OFFSET $3",
                      {procedure_code, std::int64_t(limit), std::int64_t(offset)});
  if (!rows.ok()) return rows.error();
  std::vector<StoredProcess> out;
  for (const auto& r : *rows) {
    auto p = process_from_row(r);
    if (!p.ok()) return p.error();
    out.push_back(std::move(*p));
  }
  return out;
}

Result<int> insert_process(SqlConnection& c, const dossier::ProcessDefinition& def,
                           const std::string& created_at, const std::string& created_by) {
  auto next = c.query(
      "SELECT COALESCE(MAX(version), 0) + 1 FROM process_definitions WHERE procedure_code = $1",
      {def.procedure_code});
  if (!next.ok()) return next.error();
  const std::int64_t version = next->front().integer(0);
  auto r = c.query(
      "INSERT INTO process_definitions (procedure_code, channel, version, body, created_at, "
      "created_by) VALUES ($1, $2, $3, $4, $5, $6)",
      {def.procedure_code, def.channel, version, dossier::steps_json(def).dump(), created_at,
       created_by});
  if (!r.ok()) return r.error();
  return int(version);
}

}  // namespace motcua::store
