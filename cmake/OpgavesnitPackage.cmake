# Installation of the CMake package (find_package(opgavesnit) ->
# opgavesnit::engine) and the Debian package (cpack -G DEB). Included from
# the top-level CMakeLists.txt when opgavesnit is the top-level project.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(OPGAVESNIT_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/opgavesnit)
install(EXPORT opgavesnitTargets NAMESPACE opgavesnit:: DESTINATION ${OPGAVESNIT_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/opgavesnitConfig.cmake.in
  ${PROJECT_BINARY_DIR}/opgavesnitConfig.cmake INSTALL_DESTINATION ${OPGAVESNIT_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/opgavesnitConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/opgavesnitConfig.cmake
              ${PROJECT_BINARY_DIR}/opgavesnitConfigVersion.cmake
        DESTINATION ${OPGAVESNIT_CMAKE_DIR})

# cpack -G DEB: one package with the command, its man page and completion,
# and the engine for building against (headers, static library, CMake files).
set(CPACK_PACKAGE_NAME opgavesnit)
set(CPACK_PACKAGE_VENDOR "opgavesnit")
set(CPACK_PACKAGE_CONTACT "opgavesnit maintainers <opgavesnit@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "plan the task split when municipalities hand IT operation to a shared organisation")
set(CPACK_PACKAGE_DESCRIPTION
    "opgavesnit loads a model of municipalities' server and network components, the\n tasks on them and the service levels of a shared IT organisation, and computes\n which tasks move at which level and price, with the interfaces left, the waves\n of the handover and the split of common costs.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Building against the engine needs the libraries' headers as well.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS
    "libyaml-cpp-dev, libfmt-dev, libboost-dev, nlohmann-json3-dev, bash-completion")
include(CPack)
