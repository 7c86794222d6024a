plan examples/common-costs --format json
