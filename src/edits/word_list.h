#pragma once

#include <span>
#include <string_view>

namespace vaultlink {

// The EFF large word list, in its order: 7776 distinct words of lower-case letters (four with a
// hyphen), one for each roll of five dice, so a word drawn uniformly gives log2(7776) ≈ 12.9
// bits. Compiled in from the Debian package diceware (cmake/EffWordList.cmake); CC BY 3.0, EFF.
std::span<const std::string_view> effLargeWordList();

} // namespace vaultlink
