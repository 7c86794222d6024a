explain examples/waves-capacity -s kvartaler skive/vmware --format json
