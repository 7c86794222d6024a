explain examples/organisation-budget norddjurs/vmw-prod --lang da
