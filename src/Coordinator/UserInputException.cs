namespace NeuronOrleans.Coordinator;

/// <summary>Input the user can fix; printed as one line, exit code <see cref="ExitCodes.BadInput"/>.</summary>
public sealed class UserInputException(string message, Exception? inner = null) : Exception(message, inner);
