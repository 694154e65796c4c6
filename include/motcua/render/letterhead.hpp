#pragma once
// Parts shared by every form: the letterhead (agency on the left, national motto on the
// right, number and place/date below them) and a signer.
#include <string>
#include <string_view>

namespace motcua::render {

struct Letterhead {
  std::string parent_agency;  // "Ủy ban nhân dân quận Hà Đông"; printed in capitals; may be empty
  std::string agency;         // "Bộ phận Một cửa"; printed in bold capitals
  std::string number;         // "125/TNHS"; printed as "Số: 125/TNHS"; empty: a blank to fill
  std::string place_date;  // already formatted, see place_date_line()
};

struct Signer {
  std::string title;  // "NGƯỜI TIẾP NHẬN HỒ SƠ", printed in bold capitals
  std::string note = "(Ký và ghi rõ họ tên)";
  std::string name;  // printed under the space left for the signature; may be empty
};

// "Hà Đông, ngày 05 tháng 02 năm 2026": days below 10 and months below 3 take a leading zero
// (Decree 30/2020/NĐ-CP, Appendix I, on the place and date of administrative documents).
std::string place_date_line(std::string_view place, int year, int month, int day);

}  // namespace motcua::render
