plan examples/organisation-budget --format json
