/**
 * Registered workers without their personal data: where each registered (palace, city, service point) and
 * whether front-line or migrant, for figures by city. National ID and phone never reach this service's tables.
 */
package cn.workerspalace.projection.worker;
