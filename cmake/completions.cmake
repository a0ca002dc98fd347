# completions: installs the bash, zsh and fish completions where each shell
# looks for a package's own: bash-completion's completionsdir (from its
# pkg-config file), zsh's vendor-completions, fish's vendor_completions.d.
# The paths stay relative to the install prefix, so that a package built
# for /usr and a build installed to /usr/local both put them in place.

# The directory a pkg-config variable names, relative to the data dir, or
# fallback when the .pc file is missing.
function(recov_completions_dir out module variable fallback)
  set(dir "${fallback}")
  if(PKG_CONFIG_EXECUTABLE)
    execute_process(
      COMMAND ${PKG_CONFIG_EXECUTABLE} --define-variable=prefix=@PREFIX@
              --define-variable=datadir=@PREFIX@/@DATADIR@ --variable=${variable} ${module}
      OUTPUT_VARIABLE found OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE rc)
    if(rc EQUAL 0 AND found MATCHES "^@PREFIX@/@DATADIR@/(.+)$")
      set(dir "${CMAKE_INSTALL_DATADIR}/${CMAKE_MATCH_1}")
    endif()
  endif()
  set(${out} "${dir}" PARENT_SCOPE)
endfunction()

recov_completions_dir(RECOV_BASH_COMPLETIONS_DIR bash-completion completionsdir
                      "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")
recov_completions_dir(RECOV_FISH_COMPLETIONS_DIR fish completionsdir
                      "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d")
set(RECOV_ZSH_COMPLETIONS_DIR "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions"
    CACHE STRING "Where zsh finds the completions of packages")

# bash-completion loads a command's completion from a file named after it.
install(FILES completions/recov.bash DESTINATION ${RECOV_BASH_COMPLETIONS_DIR} RENAME recov)
install(FILES completions/_recov DESTINATION ${RECOV_ZSH_COMPLETIONS_DIR})
install(FILES completions/recov.fish DESTINATION ${RECOV_FISH_COMPLETIONS_DIR})
