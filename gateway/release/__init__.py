"""Release: turning an approved request into a sealed package for its portal.

``sealing`` builds the canonical package (RFC 8785), signs it with the gateway's Ed25519 key and encrypts it to the
portal's registered HPKE key (RFC 9180); ``gateway.client.open_package`` is the portal's side.
"""
