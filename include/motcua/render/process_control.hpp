#pragma once
// Form 05 "Phiếu kiểm soát quá trình giải quyết hồ sơ" (process control sheet): travels with
// the dossier and records each handoff — giver, receiver, time, the step's deadline, the
// result and a note — so that a late step is visible (Circular 01/2018 form 05; form 06 of
// Circular 03/2025). Eight columns do not fit A5 portrait legibly, so the sheet is printed on
// A4 portrait (room for about ten handoffs a page) or, if asked, A5 landscape.
#include <string>
#include <vector>

#include "motcua/render/document.hpp"
#include "motcua/render/letterhead.hpp"

namespace motcua::render {

enum class StepResult { pending, early, on_time, late };

// "Trước hạn", "Đúng hạn", "Quá hạn", or empty for a step still under way.
std::string step_result_label(StepResult result);

struct Handoff {
  std::string giver_unit;     // "Bộ phận Một cửa"
  std::string giver_name;     // optional: the officer handing over
  std::string receiver_unit;  // "Phòng Tư pháp"
  std::string receiver_name;  // optional
  std::string handed_at;      // "08 giờ 45, 24/11/2026"
  std::string step_deadline;  // "17 giờ 00, 25/11/2026"
  StepResult result = StepResult::pending;
  std::string note;
};

struct ProcessControlView {
  Letterhead letterhead;
  std::string dossier_code;
  std::string receipt_number;  // optional: number of the Form 01 it accompanies
  std::string applicant_name;
  std::string procedure_name;
  std::string received_at;
  std::string due_at;
  std::string lead_agency;            // cơ quan (bộ phận) giải quyết hồ sơ
  std::string coordinating_agencies;  // optional: cơ quan phối hợp giải quyết
  std::vector<Handoff> handoffs;
  int blank_rows = 0;  // empty rows after the handoffs, to be filled in by hand on paper
  PageSize page_size = PageSize::a4_portrait;  // or PageSize::a5_landscape
};

std::string process_control_pdf(const ProcessControlView& view);

}  // namespace motcua::render
