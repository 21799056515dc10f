package com.radartracking.isolation;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The root operations of the schema the server loads ({@code graphql-schema/*.graphqls}), as "Type.field". */
public final class SchemaOperations {

    private SchemaOperations() {
    }

    /** Every Query and Mutation field, e.g. {@code Query.locations}, {@code Mutation.createLocation}. */
    public static Set<String> queriesAndMutations() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("graphql-schema"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = new TreeSet<>();
        for (String type : new String[] {"Query", "Mutation"}) {
            registry.getType(type, ObjectTypeDefinition.class).ifPresent(definition ->
                    definition.getFieldDefinitions().forEach(field -> names.add(type + "." + field.getName())));
            registry.objectTypeExtensions().getOrDefault(type, java.util.List.of()).forEach(extension ->
                    extension.getFieldDefinitions().stream().map(FieldDefinition::getName)
                            .forEach(field -> names.add(type + "." + field)));
        }
        return names;
    }

    /** The root fields a GraphQL document selects, e.g. {@code Query.location}. */
    public static Set<String> rootFieldsOf(String document) {
        Document parsed = Parser.parse(document);
        Set<String> fields = new TreeSet<>();
        for (OperationDefinition operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
            String type = switch (operation.getOperation()) {
                case QUERY -> "Query";
                case MUTATION -> "Mutation";
                case SUBSCRIPTION -> "Subscription";
            };
            operation.getSelectionSet().getSelectionsOfType(Field.class)
                    .forEach(field -> fields.add(type + "." + field.getName()));
        }
        return fields;
    }
}
