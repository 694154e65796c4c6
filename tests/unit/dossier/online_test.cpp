// Online submission's rules (issue 11): what a file is by its first bytes, what a submission
// must carry, when the desk may answer it and when the applicant may rate it.
#include "motcua/dossier/online.hpp"

#include <gtest/gtest.h>

namespace motcua::dossier {
namespace {

using catalog::Channel;

catalog::Procedure birth_registration(bool online = true) {
  catalog::Procedure p;
  p.code = "1.001193";
  p.name = "Thủ tục đăng ký khai sinh";
  p.channels = {{Channel::counter, {}, "", 0, "", ""}};
  if (online) p.channels.push_back({Channel::online, {}, "", 0, "", ""});
  p.documents = {
      {1, "Giấy chứng sinh", 1, "bản chính", "", true, {}},
      {3, "Tờ khai", 1, "bản chính", "", true, {Channel::counter, Channel::postal}},
      {4, "Mẫu hộ tịch điện tử tương tác", 1, "bản chính", "", true, {Channel::online}},
      {5, "Giấy xác nhận", 2, "bản chính", "", true, {}},
  };
  return p;
}

OnlineSubmission submission(std::vector<int> documents) {
  OnlineSubmission s;
  s.procedure_code = "1.001193";
  s.agency_code = "20410";
  s.applicant = {"Lê Thị Mai", "048190001234", "+84 905 111 222", "", ""};
  for (int id : documents) s.uploads.push_back({id, "f.pdf", MediaType::pdf, 100, "ab"});
  return s;
}

TEST(OnlineUploads, TypeIsJudgedByTheFirstBytes) {
  EXPECT_EQ(sniff_media_type("%PDF-1.7\n..."), MediaType::pdf);
  EXPECT_EQ(sniff_media_type("\xFF\xD8\xFF\xE0rest"), MediaType::jpeg);
  EXPECT_EQ(sniff_media_type(std::string_view("\x89PNG\r\n\x1A\n\0\0", 10)), MediaType::png);
  EXPECT_EQ(sniff_media_type("<html>%PDF-1.7"), std::nullopt);
  EXPECT_EQ(sniff_media_type("GIF89a"), std::nullopt);
  EXPECT_EQ(sniff_media_type(""), std::nullopt);
  EXPECT_EQ(to_string(MediaType::png), "image/png");
}

TEST(OnlineSubmissionRules, TheOnlineChannelsDocumentsAreDemanded) {
  // The counter's form (3) is not asked online; the e-form (4) is; one file stands for the
  // two copies the counter would ask of document 5.
  auto ok = validate_online_submission(submission({1, 4, 5}), birth_registration());
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ok->channel, Channel::online);
  EXPECT_EQ(ok->applicant.phone, "0905111222");
  EXPECT_EQ(ok->documents.size(), 3u);

  auto missing = validate_online_submission(submission({1, 5}), birth_registration());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "documents");

  auto twice = validate_online_submission(submission({1, 4, 5, 4}), birth_registration());
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().field, "documents");

  auto not_online = validate_online_submission(submission({1, 4, 5}), birth_registration(false));
  ASSERT_FALSE(not_online.ok());
  EXPECT_EQ(not_online.error().field, "procedure_code");

  auto big = submission({1, 4, 5});
  big.uploads[0].size = kMaxUploadBytes + 1;
  auto too_big = validate_online_submission(big, birth_registration());
  ASSERT_FALSE(too_big.ok());
  EXPECT_EQ(too_big.error().field, "files");

  auto bad_id = submission({1, 4, 5});
  bad_id.applicant.id_number = "04819000123";
  auto id = validate_online_submission(bad_id, birth_registration());
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().field, "applicant.id_number");
}

TEST(OnlineSubmissionRules, OnlyASubmittedDossierIsAnswered) {
  Dossier d;
  d.code = "20410-260302-0001";
  d.status = DossierStatus::submitted;
  EXPECT_TRUE(check_submitted(d).ok());
  for (auto s : {DossierStatus::in_progress, DossierStatus::not_received}) {
    d.status = s;
    auto r = check_submitted(d);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::conflict);
  }
}

TEST(Ratings, LevelsAreDataAndOneRatingFollowsTheReturn) {
  ASSERT_EQ(rating_levels().size(), 4u);
  EXPECT_EQ(rating_levels().back().label, "Không hài lòng");
  EXPECT_FALSE(rating_levels().back().satisfied);
  EXPECT_TRUE(find_rating_level("very_satisfied")->satisfied);
  EXPECT_EQ(find_rating_level("great"), nullptr);
  Dossier d;
  d.status = DossierStatus::result_ready;
  EXPECT_EQ(check_ratable(d, false).error().code, ErrorCode::conflict);
  d.status = DossierStatus::returned;
  EXPECT_TRUE(check_ratable(d, false).ok());
  EXPECT_EQ(check_ratable(d, true).error().key, "rating.already_rated");
}

}  // namespace
}  // namespace motcua::dossier
