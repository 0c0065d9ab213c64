/**
 * Workers (职工): registration with a palace, the worker view with their sign-ups, and the erasure of their personal
 * data on request. A national ID number is checked (GB 11643); name, ID number and phone are then sealed under the
 * worker's own data key (AES-256-GCM) before anything is stored or published, and answers open and mask them per
 * request. A keyed HMAC-SHA256 digest of the ID number makes a second registration of the same number a 409,
 * through a lookup table with a unique key written in the registering transaction (set-based validation). Erasure
 * destroys the data key and the digest row: every stored and published copy becomes unreadable (crypto-shredding)
 * while sign-ups, applications and figures stay as they were.
 */
package cn.workerspalace.enrollment.worker;
