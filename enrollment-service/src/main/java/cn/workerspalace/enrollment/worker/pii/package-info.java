/**
 * Personal data of workers: the GB 11643 check of national ID numbers (as a Bean Validation constraint), masking
 * for answers, the keyed digest used to recognise a number already registered without keeping it, and the sealing
 * of name, ID number and phone under a data key of each worker (AES-256-GCM), itself wrapped under the master key.
 * Destroying a worker's data key erases their personal data everywhere it was copied (crypto-shredding).
 */
package cn.workerspalace.enrollment.worker.pii;
