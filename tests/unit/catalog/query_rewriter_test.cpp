#include "motcua/catalog/query_rewriter.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "catalog/search_words.hpp"
#include "motcua/catalog/search_index.hpp"
#include "motcua/text/normalize.hpp"
#include "support/citizen_queries.hpp"
#include "unit/catalog/test_files.hpp"

namespace motcua::catalog {
namespace {

using Words = std::vector<std::string>;

QueryRewriter rewriter(std::string_view synonyms, std::string_view fillers = "") {
  auto r = QueryRewriter::parse(synonyms, fillers);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? *r : QueryRewriter();
}

// The rewriter's input and output: folded words in the index's canonical form ("ký" → "ki").
Words words_of(std::string_view text) {
  Words out = text::search_tokens(text);
  for (auto& w : out) w = search::canonical_word(w);
  return out;
}

TEST(QueryRewriter, ReplacesTheLongestPhraseAccentInsensitively) {
  const auto r = rewriter(
      "sổ đỏ\tgiấy chứng nhận quyền sử dụng đất\n"
      "mất sổ đỏ\tcấp lại giấy chứng nhận do bị mất\n");
  auto v = r.rewrite(words_of("mat so do"));
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].words, words_of("cấp lại giấy chứng nhận do bị mất"));
  EXPECT_FALSE(v[0].last_word_typed);  // the last word came from the table, not the user
  v = r.rewrite(words_of("Sổ Đỏ lần"));
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].words, words_of("giấy chứng nhận quyền sử dụng đất lần"));
  EXPECT_TRUE(v[0].last_word_typed);  // "lần" may still be unfinished
}

TEST(QueryRewriter, SeveralReplacementsAreSeveralReadings) {
  const auto r = rewriter("hộ khẩu\tđăng ký thường trú | cư trú\n");
  const auto v = r.rewrite(words_of("nhập hộ khẩu"));
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].words, words_of("nhập đăng ký thường trú"));
  EXPECT_EQ(v[1].words, words_of("nhập cư trú"));
  // The table's words are the catalogue's spelling: only the user's are typo-tolerant.
  EXPECT_EQ(v[0].typed, (std::vector<bool>{true, false, false, false, false}));
  EXPECT_EQ(v[1].typed, (std::vector<bool>{true, false, false}));
}

TEST(QueryRewriter, ReadingsAreCapped) {
  const auto r = rewriter("a1\tb | c | d\nx1\ty | z\n");
  EXPECT_EQ(r.rewrite(words_of("a1 x1")).size(), QueryRewriter::kMaxVariants);
}

TEST(QueryRewriter, FillersAreDroppedUnlessNothingElseIsLeft) {
  const auto r = rewriter("bằng lái\tgiấy phép lái xe\n", "xin\nở đâu\nthủ tục\n");
  auto v = r.rewrite(words_of("xin đổi bằng lái ở đâu"));
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].words, words_of("đổi giấy phép lái xe"));
  v = r.rewrite(words_of("thủ tục ở đâu"));
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].words, words_of("thủ tục ở đâu"));
}

TEST(QueryRewriter, ToleratesOneTypoInWordsOfFiveLetters) {
  const auto r = rewriter("nhập thường trú\tđăng ký thường trú\nsổ đỏ\tgiấy chứng nhận\n");
  EXPECT_EQ(r.rewrite(words_of("nhap thuogn tru"))[0].words, words_of("đăng ký thường trú"));
  EXPECT_EQ(r.rewrite(words_of("nhap thuongg tru"))[0].words, words_of("đăng ký thường trú"));
  // Shorter words must be spelt right: "nhạp" is not "nhập" once folded ("nhap" has 4 letters).
  EXPECT_EQ(r.rewrite(words_of("nhpa thuong tru"))[0].words, words_of("nhpa thuong tru"));
  EXPECT_EQ(r.rewrite(words_of("so dd"))[0].words, words_of("so dd"));
}

TEST(QueryRewriter, RepeatedWordsAreKeptOnce) {
  const auto r = rewriter("giấy khai sinh\tđăng ký khai sinh\n");
  EXPECT_EQ(r.rewrite(words_of("đăng ký giấy khai sinh"))[0].words, words_of("đăng ký khai sinh"));
}

TEST(QueryRewriter, MalformedTablesAreRefusedWithTheirLine) {
  auto no_tab = QueryRewriter::parse("# comment\nsổ đỏ giấy chứng nhận\n", "");
  ASSERT_FALSE(no_tab.ok());
  EXPECT_NE(no_tab.error().message.find("synonyms.tsv line 2"), std::string::npos);
  EXPECT_FALSE(QueryRewriter::parse("sổ đỏ\t \n", "").ok());
  EXPECT_FALSE(QueryRewriter::parse("sổ đỏ\ta | \n", "").ok());
  EXPECT_FALSE(QueryRewriter::parse("sổ đỏ\ta\nSO DO\tb\n", "").ok());
  auto twice = QueryRewriter::parse("", "xin\nXin\n");
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.error().message.find("fillers.tsv line 2"), std::string::npos);
}

TEST(QueryRewriter, EmptyRewriterKeepsTheQuery) {
  const auto v = QueryRewriter().rewrite(words_of("lam so do"));
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].words, words_of("lam so do"));
  EXPECT_TRUE(v[0].last_word_typed);
}

TEST(QueryRewriter, SearchUsesTheReadings) {
  Procedure land;
  land.code = "1.013978";
  land.name = "Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu";
  land.levels = {Level::commune};
  Procedure other;
  other.code = "2.000001";
  other.name = "Sổ tay đỏ";
  other.levels = {Level::commune};
  const ProcedureSearchIndex plain({land, other});
  const ProcedureSearchIndex with_synonyms(
      {land, other}, rewriter("sổ đỏ\tgiấy chứng nhận quyền sử dụng đất\n", "làm\n"));
  const auto before = plain.search("làm sổ đỏ");
  EXPECT_EQ(std::count(before.codes.begin(), before.codes.end(), "1.013978"), 0);
  const auto r = with_synonyms.search("làm sổ đỏ");
  ASSERT_EQ(r.total, 1u);  // "Sổ tay đỏ" no longer matches: "sổ đỏ" was read as the certificate
  EXPECT_EQ(r.codes[0], "1.013978");
}

// The shipped tables: they parse, hold at least 60 colloquial phrases, and every word of every
// replacement is a word of some procedure's name in the published catalogue, so that no row
// points at nothing.
TEST(QueryRewriter, BuiltinTablesUseTheCatalogueWords) {
  const QueryRewriter& r = builtin_query_rewriter();
  EXPECT_GE(r.synonyms().size(), 60u);
  EXPECT_GE(r.fillers().size(), 10u);
  const auto data = testing::shared_data_dir();
  if (!data) GTEST_SKIP() << "../shared/data not present";
  std::set<std::string> vocabulary;
  for (const auto& p : motcua::testing::load_portal_catalogue(*data))
    for (const auto& w : text::search_tokens(p.name)) {
      vocabulary.insert(w);
      if (w.size() >= 2 && w.back() == 'y') vocabulary.insert(w.substr(0, w.size() - 1) + "i");
    }
  for (const auto& rule : r.synonyms())
    for (const auto& replacement : rule.replacements)
      for (const auto& w : replacement)
        EXPECT_TRUE(vocabulary.count(w))
            << "\"" << w << "\" (replacing \"" << rule.phrase[0] << " …\") is in no procedure name";
}

}  // namespace
}  // namespace motcua::catalog
