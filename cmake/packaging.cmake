# packaging: `cpack -G DEB` builds a Debian package of an optimised build:
# binaries stripped, docs, copyright and changelog under
# /usr/share/doc/recov, manual pages, completions and user units at their
# Debian paths. tests/pkg/deb.sh builds one and runs lintian on it.
set(RECOV_PACKAGE_MAINTAINER "recov developers <maintainers@recov.example>" CACHE STRING
    "The Maintainer of the Debian package")
# The Debian revision of the package built from this version.
set(RECOV_DEB_REVISION 1)

# copyright and changelog, where Debian tools and people look for them; the
# changelog compressed as policy asks (gzip -9n: reproducible).
install(FILES packaging/debian/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
set(RECOV_CHANGELOG_GZ "${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz")
add_custom_command(
  OUTPUT "${RECOV_CHANGELOG_GZ}"
  COMMAND sh -c "gzip -9n < \"$1\" > \"$2\"" sh
          "${CMAKE_CURRENT_SOURCE_DIR}/packaging/debian/changelog" "${RECOV_CHANGELOG_GZ}"
  DEPENDS packaging/debian/changelog
  VERBATIM)
add_custom_target(changelog ALL DEPENDS "${RECOV_CHANGELOG_GZ}")
install(FILES "${RECOV_CHANGELOG_GZ}" DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES packaging/debian/recov.lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME recov)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME recov)
set(CPACK_PACKAGE_VENDOR "recov developers")
set(CPACK_PACKAGE_CONTACT "${RECOV_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "recovery log and reminder tracker for people who exercise")
# Install to /usr under DESTDIR, so that the prefix the units are written
# with at install time is /usr and not the staging directory.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${RECOV_DEB_REVISION})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# recov loads these with dlopen on first use (include/recov/dynlib.h), so
# dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libxml2 (>= 2.9), libsodium23 (>= 1.0.18), zlib1g (>= 1:1.2)")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# CPack puts the summary above this and indents it as the control file wants.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "recov is a command-line tool: log a workout right after exercising, log how
sore each body region feels over the next days and what you did about it.
It keeps the history in one local SQLite file and turns it into advice
(stretch, warm soak, massage, rest, ice, see a clinician), desktop
reminders and weekly summaries with training-load metrics.

It gives general information, not a diagnosis.")
include(CPack)
