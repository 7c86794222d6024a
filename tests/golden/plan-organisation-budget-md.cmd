plan examples/organisation-budget --format md
