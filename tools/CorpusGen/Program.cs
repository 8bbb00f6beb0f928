// Placeholder until the generator lands: keeps the project buildable.
return 0;
