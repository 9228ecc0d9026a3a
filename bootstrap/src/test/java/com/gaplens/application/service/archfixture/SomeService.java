package com.gaplens.application.service.archfixture;

/** Stands for an application service. Test sources only. */
public class SomeService {
    public void run() {}
}
