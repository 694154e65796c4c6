#pragma once
// How an applicant's personal data is shown where the whole of it is not needed: lists,
// exports and logs (issue 14, point 3; Personal Data Protection Law 91/2025 Art. 3 on
// minimising what is processed). A full view of one dossier, which is recorded as a read,
// shows it whole.
#include <string>
#include <string_view>

#include "motcua/dossier/dossier.hpp"

namespace motcua::dossier {

// "048190001234" → "048******234": the first three digits (the province of birth registration)
// and the last three stay. Shorter than 8 characters: all masked.
std::string mask_id_number(std::string_view id);
// "0905111222" → "090****222": the network prefix and the last three digits.
std::string mask_phone(std::string_view phone);
// "mai.le@example.vn" → "m*****@example.vn": the first character of the mailbox and the
// domain; without an '@', all masked; none stays none.
std::string mask_email(std::string_view email);
// "5 Nguyễn Huệ, phường Hội An, Đà Nẵng" → "***, phường Hội An, Đà Nẵng": what precedes the
// first comma (house and street) goes, the places after it stay; without a comma, all masked.
std::string mask_address(std::string_view address);
// The applicant with the four masked; the name stays (the desk calls people by it).
Applicant masked(const Applicant& a);

// Whether `given` is the four last digits of the applicant's phone (the public status page's
// and the rating's proof): compared in constant time, and never for fewer than four.
bool phone_digits_match(std::string_view stored_last4, std::string_view given);

}  // namespace motcua::dossier
