# The man page and the bash completion, generated from the program's own
# --help at build time (tools/help2docs.py), so that they cannot drift from
# the commands and options it has. Included from tools/CMakeLists.txt.
include(GNUInstallDirs)
find_package(Python3 COMPONENTS Interpreter REQUIRED)

set(OPGAVESNIT_MAN ${CMAKE_CURRENT_BINARY_DIR}/opgavesnit.1)
set(OPGAVESNIT_MAN_GZ ${CMAKE_CURRENT_BINARY_DIR}/opgavesnit.1.gz)
set(OPGAVESNIT_COMPLETION ${CMAKE_CURRENT_BINARY_DIR}/opgavesnit.bash)
add_custom_command(
  OUTPUT ${OPGAVESNIT_MAN} ${OPGAVESNIT_MAN_GZ} ${OPGAVESNIT_COMPLETION}
  COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/tools/help2docs.py $<TARGET_FILE:opgavesnit>
          --man ${OPGAVESNIT_MAN} --man-gz ${OPGAVESNIT_MAN_GZ}
          --completion ${OPGAVESNIT_COMPLETION}
          --template ${PROJECT_SOURCE_DIR}/tools/completion/opgavesnit.bash.in
  DEPENDS opgavesnit ${PROJECT_SOURCE_DIR}/tools/help2docs.py
          ${PROJECT_SOURCE_DIR}/tools/completion/opgavesnit.bash.in
  COMMENT "Generating the man page and the bash completion from opgavesnit --help"
  VERBATIM)
add_custom_target(opgavesnit_help_docs ALL DEPENDS ${OPGAVESNIT_MAN_GZ} ${OPGAVESNIT_COMPLETION})

install(FILES ${OPGAVESNIT_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${OPGAVESNIT_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME opgavesnit)
