plan examples/organisation-budget
