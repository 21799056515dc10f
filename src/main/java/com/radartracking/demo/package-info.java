/**
 * Demo data for local runs ({@code demo} profile): the "Café Demo" business with three locations,
 * an Admin and a Staff login. Goes through the same services as real users, so it is always valid.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package com.radartracking.demo;
