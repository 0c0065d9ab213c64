/**
 * Realistic demo data loaded through the services' public REST API only: Shandong's provincial, city and county
 * palaces from {@code shandong-divisions.csv}, service points, courses, classes, workers with valid national ID
 * numbers, sign-ups with waitlists, cancellations, attendance, completed and cancelled classes. The plan is fixed by
 * a seed, so identifiers repeat and a second run finds its data already there.
 */
package cn.workerspalace.localstack.demo;
