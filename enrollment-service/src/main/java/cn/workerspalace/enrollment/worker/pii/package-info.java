/**
 * Personal data of workers: the GB 11643 check of national ID numbers (as a Bean Validation constraint), masking
 * of ID and phone numbers for answers and events, and the keyed digest used to recognise a number already
 * registered without keeping it.
 */
package cn.workerspalace.enrollment.worker.pii;
