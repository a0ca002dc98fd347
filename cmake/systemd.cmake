# systemd: the user units, written at install time so that ExecStart names
# the binary under the prefix actually installed to (`cmake --install
# --prefix /usr`, or the package's /usr), not the one configured.
set(RECOV_SYSTEMD_USER_DIR "lib/systemd/user" CACHE STRING
    "Where the systemd user units go, relative to the install prefix")
set(RECOV_UNITS recov-remind.service recov-remind-run.service)
install(CODE "
  if(IS_ABSOLUTE \"${CMAKE_INSTALL_BINDIR}\")
    set(CMAKE_INSTALL_FULL_BINDIR \"${CMAKE_INSTALL_BINDIR}\")
  else()
    set(CMAKE_INSTALL_FULL_BINDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  endif()
  file(READ \"${CMAKE_CURRENT_SOURCE_DIR}/config/systemd/sandbox.conf\" RECOV_SANDBOX)
  string(STRIP \"\${RECOV_SANDBOX}\" RECOV_SANDBOX)
  foreach(unit ${RECOV_UNITS})
    configure_file(\"${CMAKE_CURRENT_SOURCE_DIR}/config/systemd/\${unit}.in\"
                   \"${CMAKE_CURRENT_BINARY_DIR}/systemd/\${unit}\" @ONLY)
  endforeach()
")
foreach(unit ${RECOV_UNITS})
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/systemd/${unit}" DESTINATION ${RECOV_SYSTEMD_USER_DIR})
endforeach()
install(FILES config/systemd/recov-remind-run.timer DESTINATION ${RECOV_SYSTEMD_USER_DIR})
