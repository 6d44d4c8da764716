# CTest entries for the packaging files; included by packaging/CMakeLists.txt when KHULASA_TESTS is ON.
# Each validator is a Debian package of its own (desktop-file-utils, appstream, groff-base, dpkg-dev);
# when one is missing its test is registered but disabled, so ctest shows it as "Not Run" instead of
# silently dropping it.

# Registers a test that runs COMMAND when TOOL_VAR names an existing program, else a disabled stub.
# Output containing FAIL_REGEX fails the test even on exit status 0 (validators that only warn).
function(khulasa_packaging_test name tool_var)
    cmake_parse_arguments(PARSE_ARGV 2 ARG "" "FAIL_REGEX" "COMMAND")
    if(${tool_var})
        add_test(NAME ${name} COMMAND ${ARG_COMMAND})
        if(ARG_FAIL_REGEX)
            set_tests_properties(${name} PROPERTIES FAIL_REGULAR_EXPRESSION "${ARG_FAIL_REGEX}")
        endif()
    else()
        add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} -E echo "${tool_var} not found")
        set_tests_properties(${name} PROPERTIES DISABLED TRUE)
        message(STATUS "Packaging test ${name} disabled: ${tool_var} not found")
    endif()
    set_property(TEST ${name} APPEND PROPERTY LABELS packaging)
endfunction()

find_program(KHULASA_DESKTOP_FILE_VALIDATE desktop-file-validate)  # desktop-file-utils
find_program(KHULASA_APPSTREAMCLI appstreamcli)                    # appstream
find_program(KHULASA_GROFF groff)                                  # groff-base
find_program(KHULASA_DPKG_DEB dpkg-deb)                            # dpkg
find_program(KHULASA_DPKG_SHLIBDEPS dpkg-shlibdeps)                # dpkg-dev

khulasa_packaging_test(packaging.desktop_file KHULASA_DESKTOP_FILE_VALIDATE
    COMMAND ${KHULASA_DESKTOP_FILE_VALIDATE} ${CMAKE_CURRENT_SOURCE_DIR}/${KHULASA_APP_ID}.desktop
    FAIL_REGEX "error:|warning:")

# --strict fails on every issue above "pedantic" (errors, warnings and infos); pedantic hints are
# printed but accepted (the one left is that the mandated id contains upper-case letters).
khulasa_packaging_test(packaging.metainfo KHULASA_APPSTREAMCLI
    COMMAND ${KHULASA_APPSTREAMCLI} validate --no-net --pedantic --strict
            ${CMAKE_CURRENT_SOURCE_DIR}/${KHULASA_APP_ID}.metainfo.xml)

# groff exits 0 on warnings, hence the regular expression.
khulasa_packaging_test(packaging.manpage KHULASA_GROFF
    COMMAND ${KHULASA_GROFF} -man -Tutf8 -ww -z ${CMAKE_CURRENT_SOURCE_DIR}/khulasa-cli.1
    FAIL_REGEX "warning|error")

# The window icon compiled into the app is the same drawing as the installed one
# (icons/render-icons.sh copies it; this catches an edit to one copy only).
add_test(NAME packaging.icon_copy
    COMMAND ${CMAKE_COMMAND} -E compare_files
        ${CMAKE_CURRENT_SOURCE_DIR}/icons/${KHULASA_APP_ID}.svg
        ${PROJECT_SOURCE_DIR}/resources/icons/khulasa.svg)
set_tests_properties(packaging.icon_copy PROPERTIES LABELS packaging)

# The files every build installs, relative to the prefix; check-package.cmake checks both the
# `cmake --install` tree and the .deb against this list.
if(KHULASA_GZIP)
    set(_expected bin/khulasa-cli share/man/man1/khulasa-cli.1.gz)
else()
    set(_expected bin/khulasa-cli share/man/man1/khulasa-cli.1)
endif()
list(APPEND _expected share/doc/khulasa/copyright)
set(_depends libsecret-1-0 libqt6sql6-sqlite libqt6core6)
if(KHULASA_GUI)
    list(APPEND _expected
        bin/khulasa
        share/applications/${KHULASA_APP_ID}.desktop
        share/metainfo/${KHULASA_APP_ID}.metainfo.xml
        share/icons/hicolor/scalable/apps/${KHULASA_APP_ID}.svg)
    foreach(_size 16 22 24 32 48 64 128 256 512)
        list(APPEND _expected share/icons/hicolor/${_size}x${_size}/apps/${KHULASA_APP_ID}.png)
    endforeach()
    list(APPEND _depends libqt6webenginewidgets6 libqt6svg6 "fonts-noto-core | fonts-hosny-amiri")
endif()
string(REPLACE ";" "|" _expected "${_expected}")
string(REPLACE ";" "," _depends "${_depends}")  # Depends entries may contain "|" but never ","

# Installs the whole build into a scratch prefix, checks the layout and, in a GUI build, lets
# appstreamcli check that metainfo, desktop file and icons fit together as installed.
add_test(NAME packaging.install_tree
    COMMAND ${CMAKE_COMMAND}
        -DMODE=install
        -DBUILD_DIR=${CMAKE_BINARY_DIR}
        -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/test-install
        -DEXPECTED=${_expected}
        -DAPPSTREAMCLI=${KHULASA_APPSTREAMCLI}
        -DGUI=${KHULASA_GUI}
        -P ${CMAKE_CURRENT_SOURCE_DIR}/check-package.cmake)
set_tests_properties(packaging.install_tree PROPERTIES LABELS packaging RESOURCE_LOCK khulasa_install)

# Builds the .deb with cpack and checks its control fields (dpkg-deb -f) and files (dpkg-deb -c).
if(KHULASA_DPKG_DEB AND KHULASA_DPKG_SHLIBDEPS)
    add_test(NAME packaging.deb
        COMMAND ${CMAKE_COMMAND}
            -DMODE=deb
            -DBUILD_DIR=${CMAKE_BINARY_DIR}
            -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/test-deb
            -DEXPECTED=${_expected}
            -DDEPENDS=${_depends}
            -DVERSION=${PROJECT_VERSION}
            -DCPACK=${CMAKE_CPACK_COMMAND}
            -DDPKG_DEB=${KHULASA_DPKG_DEB}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/check-package.cmake)
    set_tests_properties(packaging.deb PROPERTIES
        LABELS packaging RESOURCE_LOCK khulasa_install TIMEOUT 600)
else()
    add_test(NAME packaging.deb COMMAND ${CMAKE_COMMAND} -E echo "dpkg-deb or dpkg-shlibdeps not found")
    set_tests_properties(packaging.deb PROPERTIES LABELS packaging DISABLED TRUE)
    message(STATUS "Packaging test packaging.deb disabled: dpkg-deb or dpkg-shlibdeps (dpkg-dev) not found")
endif()
