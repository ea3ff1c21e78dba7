/* The placeholder model of a Flash probe that measures the runtime and its operators alone. */
const unsigned char g_model[1] = {0};
const unsigned int g_model_len = 0;
