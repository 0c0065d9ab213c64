/**
 * Who may do what in this service: quotas and the review of degree applications are the operations centre's;
 * service-point staff register and help the workers of their palace; a worker acts only for themself; a
 * coordinator keeps the rosters and attendance of their palace's classes. docs/security.md has the table.
 */
package cn.workerspalace.enrollment.access;
