plan examples/quick-start --format csv --table components --municipality samsoe
