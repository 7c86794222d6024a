plan examples/organisation-budget --lang da
