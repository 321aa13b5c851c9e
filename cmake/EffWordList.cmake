# The EFF large word list (7776 words, one per roll of five dice) compiled into the client, for
# the password generator's word mode (src/edits/password_generator.h). Phones cannot read the
# build machine's /usr at run time, so the words are read here, at configure time, from the
# Debian package diceware, and written into a generated source.
#
# The list: Copyright 2016 Electronic Frontier Foundation, licensed under CC BY 3.0
# (https://www.eff.org/copyright); see /usr/share/doc/diceware/copyright.
#
#   vaultlink_eff_word_list(<variable receiving the generated source's path>)
#
# Called from src/edits/CMakeLists.txt, whose eff_word_list.cpp.in is the template.
set(VAULTLINK_EFF_WORD_LIST /usr/lib/python3/dist-packages/diceware/wordlists/wordlist_en_eff.txt
    CACHE FILEPATH "The EFF large word list (lines '11111<TAB>abacus'), from the package diceware")

function(vaultlink_eff_word_list out)
    set(list ${VAULTLINK_EFF_WORD_LIST})
    if(NOT EXISTS ${list})
        message(FATAL_ERROR "The EFF word list ${list} is missing: install the Debian package "
                            "'diceware' (scripts/deps.sh does), or point VAULTLINK_EFF_WORD_LIST "
                            "at a copy of wordlist_en_eff.txt.")
    endif()
    file(STRINGS ${list} lines)
    file(STRINGS ${list} words REGEX "^[1-6][1-6][1-6][1-6][1-6]\t[a-z-]+$")
    list(LENGTH lines line_count)
    list(LENGTH words word_count)
    # A damaged or different list would silently change how many bits each word gives.
    if(NOT line_count EQUAL 7776 OR NOT word_count EQUAL 7776)
        message(FATAL_ERROR "${list} is not the EFF large word list: ${line_count} lines, "
                            "${word_count} of the form '11111<TAB>word' (7776 expected); "
                            "reinstall the Debian package 'diceware'.")
    endif()
    list(TRANSFORM words REPLACE "^[1-6]+\t(.+)$" "    \"\\1\"sv,")
    list(JOIN words "\n" VAULTLINK_EFF_WORDS)
    set(source ${CMAKE_CURRENT_BINARY_DIR}/eff_word_list.cpp)
    # configure_file writes only when the text changed, so a new configure rebuilds nothing.
    configure_file(${CMAKE_CURRENT_SOURCE_DIR}/eff_word_list.cpp.in ${source} @ONLY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${list})
    set(${out} ${source} PARENT_SCOPE)
endfunction()
