/** Demo data (profile "demo"): a realistic catalogue and the demo accounts of API.md. */
package org.openhall.demo;
