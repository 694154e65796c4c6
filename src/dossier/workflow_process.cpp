#include <algorithm>
#include <stdexcept>
#include <string>

#include "motcua/common/embedded.hpp"
#include "motcua/dossier/due_times.hpp"
#include "motcua/dossier/workflow.hpp"

namespace motcua::dossier {

namespace {

std::vector<ProcessStep> load_default_process() {
  auto text = embedded::find("workflow/default_process.tsv");
  if (!text) throw std::logic_error("workflow/default_process.tsv is not embedded");
  std::vector<ProcessStep> steps;
  std::string_view rest = *text;
  double total = 0;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> cols;
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      cols.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (cols.size() != 5) throw std::logic_error("default_process.tsv: expected 5 columns");
    ProcessStep s;
    s.name = cols[0];
    if (!auth::parse_role(cols[1], s.role))
      throw std::logic_error("default_process.tsv: unknown role " + cols[1]);
    s.agency = cols[2] == "receiving" ? StepAgency::receiving : StepAgency::competent;
    s.percent = std::stod(cols[3]);
    s.label = cols[4];
    total += s.percent;
    steps.push_back(std::move(s));
  }
  // The allowances must add up to the whole processing time.
  if (total < 99.999 || total > 100.001)
    throw std::logic_error("default_process.tsv: shares do not add up to 100");
  return steps;
}

}  // namespace

const std::vector<ProcessStep>& default_process() {
  static const std::vector<ProcessStep> steps = load_default_process();
  return steps;
}

const ProcessStep* find_step(std::string_view name) {
  for (const auto& s : default_process())
    if (s.name == name) return &s;
  return nullptr;
}

double limit_hours(const calendar::ProcessingTime& limit, TimePoint received_at, TimePoint due_at,
                   const calendar::WorkingCalendar& cal) {
  switch (limit.unit) {
    case calendar::TimeUnit::working_days:
      return limit.amount * 8.0;
    case calendar::TimeUnit::working_hours:
      return limit.amount;
    case calendar::TimeUnit::calendar_days:
    case calendar::TimeUnit::calendar_months:
      return static_cast<double>(cal.working_seconds_between(received_at, due_at)) / 3600.0;
  }
  return 0;
}

TimePoint step_due(const ProcessStep& step, TimePoint start, double total_hours, TimePoint due_at,
                   const calendar::WorkingCalendar& cal) {
  return step_deadline(start, total_hours * step.percent / 100.0, due_at, cal);
}

}  // namespace motcua::dossier
