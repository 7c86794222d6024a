plan examples/organisation-budget --format csv --table budget
