package com.gaplens.adapters.graphql.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every operation of the schema (every field of {@code Query} and {@code Mutation}, in every schema file) declares the
 * roles it needs with {@code @auth}: the one place authorisation is written. An operation added without one fails
 * here (and would be refused to everybody at run time).
 */
class RolesDeclaredTest {

    @Test
    void everyOperationOfTheSchemaDeclaresItsRoles() {
        TypeDefinitionRegistry schema = schema(resources());

        List<String> operations = operations(schema);

        assertThat(operations).hasSizeGreaterThan(50);
        assertThat(undeclared(schema)).as("operations without @auth").isEmpty();
    }

    @Test
    void anOperationWithoutItsRolesIsFound() {
        TypeDefinitionRegistry schema = new SchemaParser().parse("""
                        enum Role { ADMIN WRITER READER }
                        directive @auth(anyOf: [Role!]!) on FIELD_DEFINITION
                        type Query { declared: Int @auth(anyOf: [READER]) }
                        extend type Query { forgotten: Int }
                        type Mutation { alsoForgotten(x: Int): Int }
                        """);

        assertThat(undeclared(schema)).containsExactlyInAnyOrder("Query.forgotten", "Mutation.alsoForgotten");
    }

    static List<String> operations(TypeDefinitionRegistry schema) {
        List<String> operations = new ArrayList<>();
        for (String root : List.of("Query", "Mutation")) {
            rootFields(schema, root).forEach(field -> operations.add(root + "." + field.getName()));
        }
        return operations;
    }

    static List<String> undeclared(TypeDefinitionRegistry schema) {
        List<String> missing = new ArrayList<>();
        for (String root : List.of("Query", "Mutation")) {
            rootFields(schema, root)
                    .filter(field -> !field.hasDirective(AuthorizationInstrumentation.DIRECTIVE))
                    .forEach(field -> missing.add(root + "." + field.getName()));
        }
        return missing;
    }

    private static Stream<FieldDefinition> rootFields(TypeDefinitionRegistry schema, String root) {
        Stream<ObjectTypeDefinition> definitions = Stream.concat(
                schema.getType(root, ObjectTypeDefinition.class).stream(),
                schema.objectTypeExtensions().getOrDefault(root, List.of()).stream());
        return definitions.flatMap(type -> type.getFieldDefinitions().stream());
    }

    private static TypeDefinitionRegistry schema(Resource[] files) {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (Resource file : files) {
            try {
                registry.merge(parser.parse(file.getContentAsString(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return registry;
    }

    private static Resource[] resources() {
        try {
            return new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
