/**
 * Workers (职工): registration with a palace, and the worker view with their sign-ups. A national ID number is
 * checked (GB 11643) and then only its masked form ({@code 370102********1234}) and a keyed HMAC-SHA256 digest
 * leave the web layer; the digest is what makes a second registration of the same number a 409, through a lookup
 * table with a unique key written in the registering transaction (set-based validation). The clear number is never
 * stored, published, logged or answered.
 */
package cn.workerspalace.enrollment.worker;
