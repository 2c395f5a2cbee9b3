/**
 * The Modbus TCP master and its register-map profiles.
 *
 * <p>A {@link io.openemp.plugin.modbus.api.DeviceProfile} describes what to read from one kind of device as data
 * (points: unit id, function, address, type, word and byte order, scale, offset, reading type), so a new device is
 * a profile, not code. {@link io.openemp.plugin.modbus.api.ProfileValidator} checks a profile with precise
 * messages; {@link io.openemp.plugin.modbus.api.ProfileCatalog} keeps profiles (JSON files in a folder, plus those
 * registered at run time); {@link io.openemp.plugin.modbus.api.ModbusMaster} reads every point of a profile from
 * an endpoint and answers one {@link io.openemp.plugin.modbus.api.PointValue} per point, a value or an error;
 * {@link io.openemp.plugin.modbus.api.ModbusReadings} turns a result into reading records for the collection
 * module. All records are plain Jackson-friendly data.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugin.modbus.api;
