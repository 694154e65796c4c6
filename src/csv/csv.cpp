#include "motcua/csv/csv.hpp"

#include <csv.h>

namespace motcua::csv {

std::string line(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    const std::string& f = fields[i];
    // csv_write answers the size the quoted field needs whatever room it is given.
    const std::size_t need = csv_write(nullptr, 0, f.data(), f.size());
    const std::size_t at = out.size();
    out.resize(at + need);
    csv_write(out.data() + at, need, f.data(), f.size());
  }
  out += "\r\n";
  return out;
}

}  // namespace motcua::csv
