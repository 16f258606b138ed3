/**
 * JSON Schema validation of Tenet documents: the schemas shipped for editors ({@link
 * dev.tenet.model.schema.Schemas}) and a validator that reports each violation at its YAML line
 * and column, in words ({@link dev.tenet.model.schema.SchemaValidator}). The only package of the
 * model that uses the JSON Schema library.
 */
package dev.tenet.model.schema;
