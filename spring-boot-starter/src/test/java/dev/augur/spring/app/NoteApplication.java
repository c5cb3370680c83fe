package dev.augur.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application of the starter's tests: one entity, one DAO, nothing wired by hand. */
@SpringBootApplication
public class NoteApplication {}
