/**
 * A self-signed certificate for 127.0.0.1 and localhost (valid until 2126), for the tests' own https
 * servers, and its key. Test-only: never trusted by a run, only handed to the transport as its `ca` by
 * the tests that speak TLS.
 *
 *   openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500 \
 *     -subj "/CN=jira-perms test server" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost"
 */
export const TEST_CERTIFICATE = `
-----BEGIN CERTIFICATE-----
MIIBtTCCAVugAwIBAgIUDRDgRkNqVIiXhUe2IUxOL6QA4v4wCgYIKoZIzj0EAwIw
ITEfMB0GA1UEAwwWamlyYS1wZXJtcyB0ZXN0IHNlcnZlcjAgFw0yNjEyMDIxNTUz
NDhaGA8yMTI2MTEwODE1NTM0OFowITEfMB0GA1UEAwwWamlyYS1wZXJtcyB0ZXN0
IHNlcnZlcjBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABAvkvrD6oj6SW2S/TStf
7fxYITFesKIII6IjvgKtd3gXOhdezPb3xPf0qdStE1NzSr2DPBPhIIvvC4QYy5EU
7e+jbzBtMB0GA1UdDgQWBBRwfgEoXV3ToCPmActayu9LDvY+rzAfBgNVHSMEGDAW
gBRwfgEoXV3ToCPmActayu9LDvY+rzAPBgNVHRMBAf8EBTADAQH/MBoGA1UdEQQT
MBGHBH8AAAGCCWxvY2FsaG9zdDAKBggqhkjOPQQDAgNIADBFAiB3hhbWd7JslyXB
7w/Hnmg4WZrf/LnFVpa3HrlVgG4xCQIhAIMlLq0zK+ZN20NhFau+z7dDGlBGaMMy
5hyM3A6lc0B8
-----END CERTIFICATE-----
`.trimStart();

export const TEST_KEY = `
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgaBPGgCo3HEyUzOJM
wkdEgW8pc9vGgi8Fclcb0QotHiqhRANCAAQL5L6w+qI+kltkv00rX+38WCExXrCi
CCOiI74CrXd4FzoXXsz298T39KnUrRNTc0q9gzwT4SCL7wuEGMuRFO3v
-----END PRIVATE KEY-----
`.trimStart();
