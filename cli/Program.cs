using BorderScreening.Cli;

return await CliApp.Create().RunAsync(args);
