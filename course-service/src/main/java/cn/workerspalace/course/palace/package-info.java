/**
 * Palaces: the network of workers' cultural palaces (one PROVINCE, a CITY palace per city code, COUNTY palaces
 * under their city) and their service points. A CITY palace's parent is the PROVINCE palace; a COUNTY palace's
 * parent is a CITY palace and it carries that city's code, so everything rolls up by city code.
 */
package cn.workerspalace.course.palace;
