/**
 * The subsidy uptake of each year as signed facts: every event that moves a figure (quota, allocation, reserved,
 * waiting, paid places and yuan, graduated, withdrawn) leaves one row saying by how much, in which year and city,
 * and when it happened (the envelope's timestamp). The figures now are the sums of a year's facts, and the figures
 * as of any past moment the sums of the facts before it, both exact. A payment, graduation or withdrawal names only
 * its application: its year and city come from the application's submission, and are filled in when that arrives.
 */
package cn.workerspalace.projection.subsidy;
