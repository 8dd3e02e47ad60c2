/**
 * A self-signed certificate for 127.0.0.1 and localhost, valid from 2000 until 2126 (so a machine
 * whose clock is off by days or years still accepts it), for the tests' own https servers, and its
 * key. Test-only: never trusted by a run, only handed to the transport as its `ca` by the tests that
 * speak TLS. Made with OpenSSL 3.0, which sets a start date only through `openssl ca`:
 *
 *   openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:prime256v1 -out key.pem
 *   openssl req -new -key key.pem -subj "/CN=jira-perms test server" -out csr.pem
 *   openssl ca -batch -selfsign -keyfile key.pem -in csr.pem -startdate 20000101000000Z \
 *     -enddate 21261108000000Z -extensions ext -notext -out cert.pem
 *     (ext: basicConstraints = critical,CA:TRUE; subjectAltName = IP:127.0.0.1,DNS:localhost)
 */
export const TEST_CERTIFICATE = `
-----BEGIN CERTIFICATE-----
MIIBgDCCASegAwIBAgIBATAKBggqhkjOPQQDAjAhMR8wHQYDVQQDDBZqaXJhLXBl
cm1zIHRlc3Qgc2VydmVyMCAXDTAwMDEwMTAwMDAwMFoYDzIxMjYxMTA4MDAwMDAw
WjAhMR8wHQYDVQQDDBZqaXJhLXBlcm1zIHRlc3Qgc2VydmVyMFkwEwYHKoZIzj0C
AQYIKoZIzj0DAQcDQgAEAK4bxkuXUMDrbzL2WJFUhwbA/7GsO0LIIQfbxKvZ6h+d
C9V8vnws/fo5Pdd8lvldESMkJBBrKmrsJF5LYFTfiqNOMEwwDwYDVR0TAQH/BAUw
AwEB/zAaBgNVHREEEzARhwR/AAABgglsb2NhbGhvc3QwHQYDVR0OBBYEFD9vgfMm
cWDE667Il7oQqYtU1TLBMAoGCCqGSM49BAMCA0cAMEQCIFnDKwTREiDATHZ22PhP
OB8ssiU3DRagudOvtPa/tlbQAiB5w4HKfy41kI1MPj1uqLkkoTRVZhJfbhdtHEHP
GZ2MAQ==
-----END CERTIFICATE-----
`.trimStart();

export const TEST_KEY = `
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgR0dbPeMlUKZMXt0B
4AVBCQikgI2tbivf/9xPFvaWdQuhRANCAAQArhvGS5dQwOtvMvZYkVSHBsD/saw7
QsghB9vEq9nqH50L1Xy+fCz9+jk913yW+V0RIyQkEGsqauwkXktgVN+K
-----END PRIVATE KEY-----
`.trimStart();
