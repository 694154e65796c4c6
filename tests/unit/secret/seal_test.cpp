// secret::seal / open / lookup_hash and the key file's text form (issue 14, point 3).
#include "motcua/secret/seal.hpp"

#include <gtest/gtest.h>

#include "motcua/secret/key_ring.hpp"

namespace motcua::secret {
namespace {

constexpr std::string_view kPlace = "dossiers.applicant_phone|20410-261014-0001";

TEST(Seal, OpensToWhatWasSealedAndNeverShowsIt) {
  const KeyRing ring = new_key_ring();
  for (std::string plain : {"0905123456", "048190007777", "247 Trần Hưng Đạo, Hội An", "a@b.vn"}) {
    const std::string sealed = seal(ring.current(), kPlace, plain);
    EXPECT_TRUE(sealed.starts_with("pd1:" + ring.current().id + ":")) << sealed;
    EXPECT_EQ(sealed.find(plain), std::string::npos);
    auto opened = open(ring, kPlace, sealed);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    EXPECT_EQ(*opened, plain);
  }
  // A random nonce: the same value sealed twice is stored differently.
  EXPECT_NE(seal(ring.current(), kPlace, "0905123456"), seal(ring.current(), kPlace, "0905123456"));
  EXPECT_EQ(seal(ring.current(), kPlace, ""), "");
  EXPECT_EQ(*open(ring, kPlace, ""), "");
}

TEST(Seal, AValueMovedAlteredOrUnderAnUnknownKeyDoesNotOpen) {
  KeyRing ring = new_key_ring();
  const std::string sealed = seal(ring.current(), kPlace, "0905123456");
  struct Case {
    const char* what;
    std::string place;
    std::string stored;
  };
  std::string altered = sealed;
  altered[altered.size() - 3] = altered[altered.size() - 3] == 'A' ? 'B' : 'A';
  const KeyRing other = new_key_ring();
  const std::vector<Case> cases = {
      {"another row", "dossiers.applicant_phone|20410-261014-0002", sealed},
      {"another column", "dossiers.applicant_address|20410-261014-0001", sealed},
      {"altered", std::string(kPlace), altered},
      {"another ring", std::string(kPlace), seal(other.current(), kPlace, "0905123456")},
      {"in clear", std::string(kPlace), "0905123456"},
      {"not base64", std::string(kPlace), "pd1:" + ring.current().id + ":***"},
      {"too short", std::string(kPlace), "pd1:" + ring.current().id + ":AAAA"},
  };
  for (const auto& c : cases) {
    auto opened = open(ring, c.place, c.stored);
    ASSERT_FALSE(opened.ok()) << c.what;
    EXPECT_EQ(opened.error().code, ErrorCode::internal) << c.what;
  }
}

// A file is kept binary: no base64, 24 + 16 bytes and the prefix more than the file itself.
TEST(Seal, AFileIsSealedBinaryAndOpensOnlyWhereItWasSealed) {
  KeyRing ring = new_key_ring();
  constexpr std::string_view kFile = "uploads.content|0f3a";
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  png += std::string(1000, '\xff');
  const std::string sealed = seal_binary(ring.current(), kFile, png);
  EXPECT_TRUE(sealed.starts_with("pb1:" + ring.current().id + ":"));
  EXPECT_EQ(sealed.size(), 4 + 8 + 1 + 24 + png.size() + 16);
  EXPECT_EQ(sealed.find(png), std::string::npos);
  EXPECT_EQ(sealing_key_id(sealed), ring.current().id);
  auto opened = open(ring, kFile, sealed);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_EQ(*opened, png);
  std::string altered = sealed;
  altered[sealed.size() / 2] ^= 1;
  EXPECT_FALSE(open(ring, kFile, altered).ok());
  EXPECT_FALSE(open(ring, "uploads.content|0f3b", sealed).ok());
  EXPECT_FALSE(open(ring, kFile, png).ok());  // a file in clear where a sealed one belongs
  EXPECT_FALSE(open(ring, kFile, sealed.substr(0, 20)).ok());
  EXPECT_EQ(seal_binary(ring.current(), kFile, ""), "");
}

TEST(Seal, OlderKeysStillOpenAfterANewOneIsAdded) {
  KeyRing ring = new_key_ring();
  const std::string before = seal(ring.current(), kPlace, "0905123456");
  ring.sealing.push_back(new_sealing_key(ring));
  const std::string after = seal(ring.current(), kPlace, "0905123456");
  EXPECT_NE(sealing_key_id(before), sealing_key_id(after));
  EXPECT_EQ(*open(ring, kPlace, before), "0905123456");
  EXPECT_EQ(*open(ring, kPlace, after), "0905123456");
  EXPECT_EQ(sealing_key_id("0905123456"), std::nullopt);
}

TEST(LookupHash, EqualNumbersMeetAndTheNumberIsNotInIt) {
  const KeyRing ring = new_key_ring();
  const std::string h = lookup_hash(ring, "048190007777");
  EXPECT_EQ(h.size(), 64u);
  EXPECT_EQ(h, lookup_hash(ring, "048190007777"));
  EXPECT_NE(h, lookup_hash(ring, "048190007778"));
  // Keyed: another store's key gives another hash, so a leaked table cannot be matched.
  EXPECT_NE(h, lookup_hash(new_key_ring(), "048190007777"));
  EXPECT_EQ(lookup_hash(ring, ""), "");
}

TEST(KeyFile, ReadsBackWhatItWrites) {
  KeyRing ring = new_key_ring();
  ring.sealing.push_back(new_sealing_key(ring));
  auto back = parse_key_ring(format_key_ring(ring));
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->lookup, ring.lookup);
  ASSERT_EQ(back->sealing.size(), 2u);
  EXPECT_EQ(back->current().id, ring.current().id);
  EXPECT_EQ(back->current().bytes, ring.current().bytes);
  EXPECT_EQ(fingerprint(back->current().bytes), fingerprint(ring.current().bytes));
  EXPECT_NE(fingerprint(ring.sealing[0].bytes), fingerprint(ring.sealing[1].bytes));
}

TEST(KeyFile, ABrokenFileIsRefusedNamingTheLine) {
  const std::string key = "ymFbckm5HJr0xLEVXiDnGGDV9r93NY60xn0TyHqHWjs=";
  struct Case {
    std::string text;
    std::string says;
  };
  const std::vector<Case> cases = {
      {"", "no lookup key"},
      {"lookup " + key + "\n", "no sealing key"},
      {"seal 0a0b0c0d " + key + "\n", "no lookup key"},
      {"lookup " + key + "\nseal 0a0b0c0d " + key + "\nseal 0a0b0c0d " + key + "\n",
       "line 3: key id 0a0b0c0d repeated"},
      {"lookup " + key + "\nlookup " + key + "\n", "line 2: a second lookup key"},
      {"lookup c2hvcnQ=\n", "line 1: the key is not 32 bytes"},
      {"lookup " + key + "\nseal KEY1 " + key + "\n", "line 2: a key id is 8 lowercase hex"},
      {"lookup " + key + "\nopen sesame\n", "line 2: expected"},
  };
  for (const auto& c : cases) {
    auto ring = parse_key_ring(c.text);
    ASSERT_FALSE(ring.ok()) << c.text;
    EXPECT_EQ(ring.error().code, ErrorCode::invalid);
    EXPECT_NE(ring.error().message.find(c.says), std::string::npos)
        << ring.error().message << " / expected: " << c.says;
  }
  // Comments and blank lines are allowed.
  EXPECT_TRUE(parse_key_ring("# keys\n\nlookup " + key + "\nseal 0a0b0c0d " + key + "\n").ok());
}

}  // namespace
}  // namespace motcua::secret
