#pragma once
// What the routes need, wired once in the serve command.
#include <atomic>
#include <string>
#include <vector>

#include "motcua/common/clock.hpp"
#include "motcua/service/auth_service.hpp"
#include "motcua/service/boundary_free_service.hpp"
#include "motcua/service/calendar_service.hpp"
#include "motcua/service/catalog_service.hpp"
#include "motcua/service/dossier_query_service.hpp"
#include "motcua/service/letter_service.hpp"
#include "motcua/service/notification_service.hpp"
#include "motcua/service/online_service.hpp"
#include "motcua/service/process_service.hpp"
#include "motcua/service/rate_limiter.hpp"
#include "motcua/service/receipt_service.hpp"
#include "motcua/service/reception_notice_service.hpp"
#include "motcua/service/reception_service.hpp"
#include "motcua/service/stats_report_service.hpp"
#include "motcua/service/stats_service.hpp"
#include "motcua/service/tracking_book_service.hpp"
#include "motcua/service/workflow_service.hpp"
#include "motcua/store/database.hpp"

namespace motcua::http {

struct ApiContext {
  store::Database& db;
  const Clock& clock;
  ShiftableClock* test_clock;  // non-null only with serve --test-clock
  service::AuthService& auth;
  service::CatalogService& catalog;
  service::ReceptionService& reception;
  service::DossierQueryService& dossiers;
  service::ReceiptService& receipts;
  service::RateLimiter& limiter;
  std::string public_base_url;  // e.g. "http://localhost:8080", used in receipt QR codes
  std::atomic<bool>& ready;
  service::WorkflowService& workflow;
  service::NotificationService& notifications;
  service::LetterService& letters;
  service::CalendarService& calendars;
  service::ProcessService& processes;
  service::StatsService& stats;
  service::TrackingBookService& tracking_book;
  service::ReceptionNoticeService& notices;
  service::BoundaryFreeService& boundary_free;
  service::OnlineService& online;
  service::StatsReportService& stats_reports;
  // Peers whose X-Forwarded-For names the client (serve --trusted-proxy); none by default.
  std::vector<std::string> trusted_proxies = {};
  // The bearer token GET /metrics asks for (MOTCUA_METRICS_TOKEN); without one, only a request
  // made on the node's own machine, not through a proxy, may read it.
  std::string metrics_token = {};
  // The site is reached over HTTPS only (serve --secure-cookie): the session cookie is Secure.
  // Behind a trusted proxy that says X-Forwarded-Proto: https it is Secure in any case.
  bool secure_cookie = false;
};

}  // namespace motcua::http
